import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/**
 * The legislation pages' client components (the forms of calls, plans, regulations and drafts)
 * need only these texts.
 */
export default function LegislationLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={[...CONSOLE_NAMESPACES, "legislation", "legislationTerms"]}>{children}</ClientMessages>
  );
}
