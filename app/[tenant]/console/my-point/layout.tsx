import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The contact points' pages: their client components (the registry form, the consolidated opinions form). */
export default function ContactPointsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["contactPoints"]}>
      {children}
    </ClientMessages>
  );
}
