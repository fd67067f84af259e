import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The notifications page: its list's buttons need the module's texts. */
export default function NotificationsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["notifications"]}>
      {children}
    </ClientMessages>
  );
}
