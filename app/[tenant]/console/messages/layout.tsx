import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The messages' console pages: their client components (the move forms, the contact reveal). */
export default function MessagesLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["citizenMessages"]}>
      {children}
    </ClientMessages>
  );
}
