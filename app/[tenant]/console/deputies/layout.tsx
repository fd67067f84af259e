import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The registry's pages: their client components (the deputy form, the end-of-term form, the import). */
export default function DeputiesLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["deputies"]}>
      {children}
    </ClientMessages>
  );
}
