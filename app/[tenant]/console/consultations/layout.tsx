import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/**
 * The consultation pages' client components (opening a consultation, disposing, publishing) and the contact
 * points' assignment form on a consultation's page: the texts their manifests name.
 */
export default function ConsultationsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["consultation", "contactPoints"]}>
      {children}
    </ClientMessages>
  );
}
