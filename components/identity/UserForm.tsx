"use client";
// Create a user, or edit one (display name, phone, active flag, roles). Both call the same actions as the
// JSON API, so the rules (and messages) are the server's.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RevealContact } from "@/components/common/RevealContact";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import type { Result } from "@/lib/errors";
import { createUserAction, updateUserAction } from "@/lib/modules/identity/client";
import type { RoleGrant, ScopeChoices } from "@/lib/modules/identity/client";
import { formObject, useActionForm } from "@/components/forms/useActionForm";
import { RoleFields } from "./RoleFields";

type Existing = {
  id: string;
  username: string;
  displayName: string;
  /** Masked (138****1234): the form never holds the whole number unless it was revealed. */
  phone: string | null;
  email: string | null;
  active: boolean;
  roles: RoleGrant[];
};
type Props = {
  tenantSlug: string;
  scopes: ScopeChoices;
  user?: Existing;
  /** The audited reveal of the user's whole phone, for those holding contact.reveal. */
  revealPhone?: () => Promise<Result<{ value: string }>>;
};

/** What a contact field sends (phone, email): on edit, nothing when left empty (it stays as it is), "" when its
 *  "remove" box is ticked. */
function contactInput(f: Record<string, string>, field: "phone" | "email", editing: boolean): string | undefined {
  const typed = (f[field] ?? "").trim();
  if (!editing) return typed;
  if (typed) return typed;
  return f[field === "phone" ? "clearPhone" : "clearEmail"] === "on" ? "" : undefined;
}

export function UserForm({ tenantSlug, scopes, user, revealPhone }: Props) {
  const t = useTranslations("console.users");
  const router = useRouter();
  const [roles, setRoles] = useState<RoleGrant[]>(user?.roles ?? []);
  const [saved, setSaved] = useState(false);
  const action = user
    ? (input: unknown) => updateUserAction(tenantSlug, input)
    : (input: unknown) => createUserAction(tenantSlug, input);
  const { pending, error, submit, fieldError } = useActionForm(action);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = formObject(e.currentTarget);
    const common = {
      displayName: f.displayName,
      phone: contactInput(f, "phone", !!user),
      email: contactInput(f, "email", !!user),
      roles,
    };
    const input = user
      ? { userId: user.id, ...common, active: f.active === "on" }
      : { ...common, username: f.username, password: f.password };
    setSaved(false);
    submit(input, (data) => {
      if (user) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/${tenantSlug}/console/users/${(data as { id: string }).id}?created=1`);
      }
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-xl space-y-4">
      {error && <Alert tone="error">{error.fieldErrors ? t("fixErrors") : error.message}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      {!user && (
        <Field label={t("username")} hint={t("usernameRule")} error={fieldError("username")} required>
          <Input name="username" autoCapitalize="none" autoComplete="off" />
        </Field>
      )}
      <Field label={t("displayName")} error={fieldError("displayName")} required>
        <Input name="displayName" defaultValue={user?.displayName} />
      </Field>
      {user?.phone ? (
        // The current number stays masked; typing a new one replaces it, leaving the field empty keeps it.
        <Field label={t("phone")} hint={t("phoneKeepRule")} error={fieldError("phone")}>
          {(control) => (
            <div className="space-y-2">
              <p className="text-sm text-gray-700">
                {t("phoneCurrent")} <RevealContact masked={user.phone!} reveal={revealPhone} label={t("phone")} />
              </p>
              <Input {...control} name="phone" inputMode="numeric" autoComplete="off" placeholder={t("phoneNew")} />
              <Checkbox name="clearPhone" label={t("phoneClear")} />
            </div>
          )}
        </Field>
      ) : (
        <Field label={t("phone")} hint={t("phoneRule")} error={fieldError("phone")}>
          <Input name="phone" inputMode="numeric" />
        </Field>
      )}
      {user?.email ? (
        // As the phone: the current address stays masked; a new one replaces it, an empty field keeps it.
        <Field label={t("email")} hint={t("emailKeepRule")} error={fieldError("email")}>
          {(control) => (
            <div className="space-y-2">
              <p className="text-sm text-gray-700">
                {t("emailCurrent")} <span className="font-mono">{user.email}</span>
              </p>
              <Input
                {...control}
                name="email"
                type="email"
                autoCapitalize="none"
                autoComplete="off"
                placeholder={t("emailNew")}
              />
              <Checkbox name="clearEmail" label={t("emailClear")} />
            </div>
          )}
        </Field>
      ) : (
        <Field label={t("email")} hint={t("emailRule")} error={fieldError("email")}>
          <Input name="email" type="email" autoCapitalize="none" autoComplete="off" />
        </Field>
      )}
      {!user && (
        <Field label={t("initialPassword")} hint={t("passwordRule")} error={fieldError("password")} required>
          <Input name="password" type="password" autoComplete="new-password" />
        </Field>
      )}
      {user && <Checkbox name="active" label={t("activeLabel")} defaultChecked={user.active} />}
      <RoleFields value={roles} onChange={setRoles} scopes={scopes} error={fieldError("roles")} />
      <Button type="submit" disabled={pending}>
        {user ? t("save") : t("create")}
      </Button>
    </form>
  );
}
