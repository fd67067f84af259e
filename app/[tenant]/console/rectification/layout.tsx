import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The rectification console pages: their client components read the oversight module's messages. */
export default function RectificationLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["oversight"]}>
      {children}
    </ClientMessages>
  );
}
