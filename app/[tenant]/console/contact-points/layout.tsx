import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/**
 * The contact-point registry's client component (its form) needs only these texts.
 */
export default function ContactPointsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={[...CONSOLE_NAMESPACES, "contactPoints"]}>{children}</ClientMessages>;
}
