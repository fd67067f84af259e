import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The projects console pages: their client components read the oversight module's messages. */
export default function ProjectsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["oversight"]}>
      {children}
    </ClientMessages>
  );
}
