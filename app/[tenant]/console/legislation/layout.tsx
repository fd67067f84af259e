import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The legislation pages' client components (the forms of calls, plans, regulations and drafts). */
export default function LegislationLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["legislation"]}>
      {children}
    </ClientMessages>
  );
}
