import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoAccess } from "@/components/common/NoAccess";
import { paginationLabels } from "@/components/common/pagination-labels";
import {
  Badge,
  buttonClasses,
  Button,
  EmptyState,
  Input,
  PageHeader,
  Pagination,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/components/ui";
import { ROLES } from "@/lib/authz";
import { requireMember } from "@/lib/guards";
import { listUsers, userListFilterSchema } from "@/lib/modules/identity";
import { titled } from "@/lib/page-title";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string>> };

export const generateMetadata = titled("console.users.title");

export default async function UsersPage({ params, searchParams }: Props) {
  const { tenant, allowed } = await requireMember((await params).tenant, "user.view");
  if (!allowed) return <NoAccess />;
  const filter = userListFilterSchema.parse(await searchParams);
  const [t, tc, format] = await Promise.all([
    getTranslations("console.users"),
    getTranslations("console"),
    getFormatter(),
  ]);
  const { users, pageCount, total } = await listUsers(tenant.id, filter);
  const base = `/${tenant.slug}/console/users`;
  const qs = (page: number) => {
    const p = new URLSearchParams({
      ...(filter.q ? { q: filter.q } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      page: String(page),
    });
    return `${base}?${p}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("total", { count: total })}
        actions={
          <Link href={`${base}/new`} className={buttonClasses("primary")}>
            {t("new")}
          </Link>
        }
      />
      <form className="flex flex-wrap items-end gap-2" role="search" aria-label={t("filter")}>
        <Input
          name="q"
          defaultValue={filter.q}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          className="max-w-xs"
        />
        <Select name="role" defaultValue={filter.role ?? ""} aria-label={t("roles")} className="max-w-[12rem]">
          <option value="">{t("allRoles")}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tc(`roles.${r}`)}
            </option>
          ))}
        </Select>
        <Select name="status" defaultValue={filter.status ?? ""} aria-label={t("status")} className="max-w-[10rem]">
          <option value="">{t("allStatuses")}</option>
          <option value="active">{t("active")}</option>
          <option value="disabled">{t("disabled")}</option>
        </Select>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      {users.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("displayName")}</Th>
              <Th>{t("username")}</Th>
              <Th>{t("phone")}</Th>
              <Th>{t("roles")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("lastLogin")}</Th>
            </Tr>
          </THead>
          <TBody>
            {users.map((u) => (
              <Tr key={u.id}>
                <Td>
                  <Link
                    href={`${base}/${u.id}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {u.displayName}
                  </Link>
                </Td>
                <Td>{u.username}</Td>
                <Td className="tabular-nums">{u.phone}</Td>
                <Td>{u.roles.map((r) => tc(`roles.${r}`)).join("、")}</Td>
                <Td>
                  {u.locked ? (
                    <Badge tone="warning">{t("locked")}</Badge>
                  ) : u.active ? (
                    <Badge tone="success">{t("active")}</Badge>
                  ) : (
                    <Badge tone="neutral">{t("disabled")}</Badge>
                  )}
                </Td>
                <Td>{u.lastLoginAt ? format.dateTime(u.lastLoginAt, "dateTime") : "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination page={filter.page} pageCount={pageCount} hrefFor={qs} labels={await paginationLabels()} />
    </div>
  );
}
