import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The oversight console pages: their client components read the oversight module's messages. */
export default function OversightLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["oversight", "votes"]}>
      {children}
    </ClientMessages>
  );
}
