import { Link } from 'wouter';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <EmptyState title="This page does not exist" action={<Link href="/">Go to the client list</Link>}>
      The link may be out of date.
    </EmptyState>
  );
}
