import type { SessionIdentity } from "@/lib/member";

declare module "next-auth" {
  interface Session {
    identity: SessionIdentity;
    user: { name: string; tenantSlug: string | null; roles: string[] };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    identity?: SessionIdentity;
    tenantSlug?: string | null;
    roles?: string[];
  }
}
