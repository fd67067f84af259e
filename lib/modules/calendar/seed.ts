// Every demo city's working-day calendar: the chinese-days package's holidays and make-up working days from 2020
// through next year (copy-package-calendar.ts), next year unconfirmed while the package does not know it.
// Idempotent per city: years a city already has are left alone.
import { unsafePrisma } from "@/lib/db";
import { seedLock } from "@/lib/seed/seed-tx";
import { copyPackageCalendar, nextYear } from "./copy-package-calendar";

export async function seedCalendarDemo(slugs: string[], log: (msg: string) => void = () => {}) {
  const through = nextYear();
  for (const slug of slugs) {
    const tenant = await unsafePrisma.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant) continue;
    const years = await unsafePrisma.$transaction(async (tx) => {
      await seedLock(tx, `lianxin-seed-calendar:${slug}`);
      return copyPackageCalendar(tx, tenant.id, through);
    });
    if (years.length) log(`seeded the working-day calendar of ${slug} (${years[0]}–${years[years.length - 1]})`);
  }
}
