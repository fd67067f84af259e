"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";

export function SignOutButton({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOut({ callbackUrl })}>
      {t("signOut")}
    </Button>
  );
}
