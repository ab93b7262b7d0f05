// Outside a locale (rare: the proxy adds one to every page path). Both languages, no layout.
// Plain links: next/link here would put its code in a chunk that every page loads.
/* eslint-disable @next/next/no-html-link-for-pages -- full page loads are intended (see above) */
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Page introuvable</h1>
        <p lang="en">Page not found.</p>
        <p>
          <a href="/fr">Accueil</a> ·{" "}
          <a href="/en" lang="en">
            Home
          </a>
        </p>
      </body>
    </html>
  );
}
