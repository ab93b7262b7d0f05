"use client";

// Last resort when the root layout itself fails: no translations are loaded, so both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Un problème est survenu</h1>
        <p>Réessayez dans un instant ou composez le 211.</p>
        <p lang="en">Something went wrong. Try again in a moment or dial 211.</p>
        <button type="button" onClick={reset}>
          Réessayer / Try again
        </button>
      </body>
    </html>
  );
}
