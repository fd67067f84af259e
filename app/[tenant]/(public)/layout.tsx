import { ClientMessages } from "@/components/common/ClientMessages";

/** The public portal's client components (the proposal form, receipt tracking) need only these texts. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["legislationPublic", "legislationTerms", "consultationPublic", "consultationTerms"]}>{children}</ClientMessages>;
}
