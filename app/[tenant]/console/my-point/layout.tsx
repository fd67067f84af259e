import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/**
 * A coordinator's pages: their client component (the consolidated opinions form) needs only these texts.
 */
export default function MyPointLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={[...CONSOLE_NAMESPACES, "contactPoints"]}>{children}</ClientMessages>;
}
