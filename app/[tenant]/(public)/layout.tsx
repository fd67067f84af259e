import { ClientMessages } from "@/components/common/ClientMessages";

/** The public portal's client components (the proposal form, receipt tracking) need only these texts. (The draft
 *  page's comment form is server-rendered markup, pages/[tenant]/consultations/[id].tsx: it needs none here.) */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["legislationPublic", "legislationTerms"]}>{children}</ClientMessages>;
}
