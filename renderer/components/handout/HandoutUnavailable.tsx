import { BackLink } from '../BackLink';
import { EmptyState } from '../EmptyState';
import { Loading } from '../Loading';

interface Props {
  backHref: string;
  backLabel: string;
  loading: boolean;
  title?: string;
  children?: string;
}

/** While the handout loads, or when it cannot be shown. */
export function HandoutUnavailable({ backHref, backLabel, loading, title, children }: Props) {
  return (
    <>
      <BackLink href={backHref}>{backLabel}</BackLink>
      {loading ? (
        <Loading label="Loading home-care sheet…" />
      ) : (
        <EmptyState title={title ?? 'This home-care sheet could not be opened'}>{children}</EmptyState>
      )}
    </>
  );
}
