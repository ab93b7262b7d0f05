import Link from "next/link";

// Outside a locale (rare: the proxy adds one to every page path). Both languages, no layout.
export default function RootNotFound() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Page introuvable</h1>
        <p lang="en">Page not found.</p>
        <p>
          <Link href="/fr">Accueil</Link> ·{" "}
          <Link href="/en" lang="en">
            Home
          </Link>
        </p>
      </body>
    </html>
  );
}
