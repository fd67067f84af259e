import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/**
 * The consultation pages' client components (opening a consultation, disposing, publishing,
 * assigning contact points) need only these texts.
 */
export default function ConsultationsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={[...CONSOLE_NAMESPACES, "consultation", "consultationTerms", "contactPoints"]}>
      {children}
    </ClientMessages>
  );
}
