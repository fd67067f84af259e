import { ClientMessages } from "@/components/common/ClientMessages";

/** The message form: the portal's texts and the form's own (its fields, photo picker and receipt panel). */
export default function NewMessageLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["legislationPublic", "legislationTerms", "citizenMessagesIntake"]}>
      {children}
    </ClientMessages>
  );
}
