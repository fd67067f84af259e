"use server";
import { executePlatformAction } from "@/lib/platform-action";
import { getRequestContext } from "@/lib/request-context";
import { createTenant } from "./create-tenant";

export async function createTenantAction(input: unknown) {
  return executePlatformAction(createTenant, input, await getRequestContext());
}
