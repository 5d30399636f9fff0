/** The client's contraindications, hard to miss: shown on the client page and every session. */
export function ContraindicationsPanel({ text }: { text: string }) {
  if (text.trim() === '') return null;
  return (
    <section className="contraindications" aria-labelledby="contraindications-heading">
      <svg className="contraindications__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2.5 18.5 17h-17z" />
        <path d="M10 8v4M10 14.5v.5" />
      </svg>
      <div>
        <h2 id="contraindications-heading" className="contraindications__heading">
          Contraindications
        </h2>
        <p className="contraindications__text">{text}</p>
      </div>
    </section>
  );
}
