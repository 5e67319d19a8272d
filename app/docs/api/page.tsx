import type { Metadata } from "next";
import { ApiOperation, type OperationDoc } from "@/components/api-docs/api-operation";
import { StudioShell } from "@/components/layout/studio-shell";
import { PageHeader } from "@/components/layout/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { getT } from "../../i18n";
import { currentSession, signOutAction } from "../../_lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("apiDocs.title") };
}

interface DocumentView {
  tags: Array<{ name: string }>;
  paths: Record<string, Record<string, OperationDoc & { tags: string[] }>>;
}

const slug = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Public page: the HTTP API reference, rendered here from the OpenAPI document (nothing fetched). */
export default async function ApiDocsPage() {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  const user = session ? { name: session.user.name, email: session.user.email, isAdmin: isAdmin(session.user) } : null;
  const document = buildOpenApiDocument() as unknown as DocumentView;
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  return (
    <StudioShell user={user} signOutAction={user ? signOutAction : undefined}>
      <PageHeader title={t("apiDocs.title")} description={t("apiDocs.intro")} />
      <p className="mb-6">
        <a className="text-accent-700 underline underline-offset-4" href="/api/openapi.json">
          {t("apiDocs.download")}
        </a>
      </p>
      <nav aria-labelledby="api-contents" className="mb-8">
        <h2 id="api-contents" className="mb-2 text-xl font-semibold">
          {t("apiDocs.contents")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {document.tags.map(({ name }) => (
            <li key={name}>
              <a className="text-accent-700 underline underline-offset-4" href={`#${slug(name)}`}>
                {name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {document.tags.map(({ name }) => (
        <section key={name} aria-labelledby={slug(name)} className="mb-10 space-y-4">
          <h2 id={slug(name)} className="text-xl font-semibold">
            {name}
          </h2>
          {operations
            .filter(({ operation }) => operation.tags.includes(name))
            .map(({ path, method, operation }) => (
              <ApiOperation key={`${method} ${path}`} method={method} path={path} operation={operation} t={t} />
            ))}
        </section>
      ))}
    </StudioShell>
  );
}
