export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
