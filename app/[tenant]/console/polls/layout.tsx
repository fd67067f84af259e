import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The polls console pages: their client components read the votes module's messages. */
export default function PollsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["votes"]}>
      {children}
    </ClientMessages>
  );
}
