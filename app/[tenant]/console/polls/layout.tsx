import { ClientMessages, CONSOLE_NAMESPACES } from "@/components/common/ClientMessages";

/** The vote pages: the phone ballot, the manage buttons, the new poll form, the big screen's refresh. */
export default function PollsLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={CONSOLE_NAMESPACES} modules={["votes"]}>
      {children}
    </ClientMessages>
  );
}
