import { ClientMessages } from "@/components/common/ClientMessages";

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["platform"]}>{children}</ClientMessages>;
}
