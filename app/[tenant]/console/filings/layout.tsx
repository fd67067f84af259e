import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The filings console pages: their client components read the filings module's messages. */
export default function FilingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["filings"]}>
      {children}
    </ClientMessages>
  );
}
