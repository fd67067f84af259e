import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The stations' console pages: their client components (forms, pickers, the record form). */
export default function StationsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["stations"]}>
      {children}
    </ClientMessages>
  );
}
