import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The suggestions' console pages: their client components (forms of each part, the pickers). */
export default function SuggestionsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["suggestions"]}>
      {children}
    </ClientMessages>
  );
}
