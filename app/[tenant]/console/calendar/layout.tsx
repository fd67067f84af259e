import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The working-day calendar's pages: their client components (the admin's forms). */
export default function CalendarLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["calendar"]}>
      {children}
    </ClientMessages>
  );
}
