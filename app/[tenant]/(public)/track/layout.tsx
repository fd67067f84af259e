import { ClientMessages } from "@/components/common/ClientMessages";

/** Tracking by receipt code: the portal's texts (the code form) and, for a message's receipt, its rating form's. */
export default function TrackLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["legislationPublic", "legislationTerms", "citizenMessagesPublic", "citizenMessages"]}>
      {children}
    </ClientMessages>
  );
}
