"use client";
// Sign-in for a tenant's users (provider "tenant") or platform operators (provider "platform").
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Button, Field, Input } from "@/components/ui";

type Props = { provider: "tenant" | "platform"; tenantSlug?: string; redirectTo: string };

export function LoginForm({ provider, tenantSlug, redirectTo }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    start(async () => {
      const res = await signIn(provider, {
        redirect: false,
        tenant: tenantSlug ?? "",
        username: String(data.get("username") ?? ""),
        password: String(data.get("password") ?? ""),
      });
      if (res?.ok && !res.error) {
        router.replace(redirectTo);
        router.refresh();
      } else {
        const code = res?.error === "DISABLED" ? res.error : "INVALID";
        setError(t(`failure.${code}`));
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label={t("username")} required>
        <Input name="username" autoComplete="username" autoCapitalize="none" maxLength={64} required />
      </Field>
      <Field label={t("password")} required>
        <Input name="password" type="password" autoComplete="current-password" maxLength={128} required />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
