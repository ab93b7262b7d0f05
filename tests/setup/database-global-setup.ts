import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropDatabase } from "@/lib/db/test-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

// Reuses the template that `npm test` already built, if any; otherwise builds one.
export default async function setup(project: TestProject) {
  if (process.env.TEST_ADMIN_URL && process.env.TEST_TEMPLATE_DATABASE) {
    project.provide("adminUrl", process.env.TEST_ADMIN_URL);
    project.provide("templateDatabase", process.env.TEST_TEMPLATE_DATABASE);
    return;
  }
  const { template, adminUrl, stop } = await createTemplateDatabase();
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(adminUrl, template);
    await stop();
  };
}
