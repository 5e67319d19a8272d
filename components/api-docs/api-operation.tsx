import type { Translator } from "@/lib/i18n";

/** The parts of an OpenAPI operation the reference page shows. */
export interface OperationDoc {
  operationId: string;
  summary: string;
  description?: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown; example?: unknown }> }>;
}

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  patch: "bg-amber-100 text-amber-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-rose-100 text-rose-900",
};

function Code({ value }: { value: unknown }) {
  return <pre className="overflow-x-auto rounded-md bg-sunken p-3 text-xs leading-relaxed text-ink">{JSON.stringify(value, null, 2)}</pre>;
}

function SchemaDetails({ label, schema }: { label: string; schema: unknown }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-accent-700 underline underline-offset-4">{label}</summary>
      <Code value={schema} />
    </details>
  );
}

/** One route and method: what it does, who may call it, its parameters, body and answers. */
export function ApiOperation({ method, path, operation, t }: { method: string; path: string; operation: OperationDoc; t: Translator }) {
  const headingId = operation.operationId;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4">
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 font-mono text-base">
        <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${METHOD_STYLE[method] ?? "bg-sunken"}`}>{method}</span>
        <span className="break-all">{path}</span>
      </h3>
      <p className="mt-2 font-medium">{operation.summary}</p>
      {operation.description?.split("\n\n").map((paragraph) => (
        <p key={paragraph} className="mt-1 text-sm text-ink-muted">
          {paragraph}
        </p>
      ))}
      {operation.parameters.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="text-left font-semibold">{t("apiDocs.parameters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("apiDocs.parameter")}</th>
              <th scope="col">{t("apiDocs.location")}</th>
              <th scope="col">{t("apiDocs.required")}</th>
              <th scope="col">{t("apiDocs.schema")}</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((p) => (
              <tr key={`${p.in}:${p.name}`} className="border-t border-line align-top">
                <td className="font-mono">{p.name}</td>
                <td>{p.in}</td>
                <td>{p.required ? t("apiDocs.yes") : t("apiDocs.no")}</td>
                <td className="font-mono text-xs">{JSON.stringify(p.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody &&
        Object.entries(operation.requestBody.content).map(([type, body]) => (
          <section key={type} className="mt-3">
            <h4 className="text-sm font-semibold">
              {t("apiDocs.requestBody")} <span className="font-mono font-normal">({type})</span>
            </h4>
            {body.example !== undefined && (
              <>
                <p className="mt-1 text-sm">{t("apiDocs.example")}</p>
                <Code value={body.example} />
              </>
            )}
            <SchemaDetails label={t("apiDocs.showSchema")} schema={body.schema} />
          </section>
        ))}
      <section className="mt-3">
        <h4 className="text-sm font-semibold">{t("apiDocs.responses")}</h4>
        <dl className="mt-1 space-y-1 text-sm">
          {Object.entries(operation.responses).map(([status, response]) => (
            // A <dl> group holds only <dt> and <dd>: the schema belongs to the answer's description.
            <div key={status}>
              <dt className="me-2 inline font-mono font-semibold">{status}</dt>
              <dd className="inline">
                {response.description}
                {Object.entries(response.content ?? {}).map(([type, content]) =>
                  status.startsWith("2") && type === "application/json" ? (
                    <div key={type}>
                      {content.example !== undefined && <SchemaDetails label={t("apiDocs.showExample")} schema={content.example} />}
                      <SchemaDetails label={t("apiDocs.showSchema")} schema={content.schema} />
                    </div>
                  ) : null,
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
