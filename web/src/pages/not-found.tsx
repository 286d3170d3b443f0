import { Page } from '../components/page';
import { Link } from '../router';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        There’s nothing at this address. <Link to="/">Go to the home page</Link>.
      </p>
    </Page>
  );
}
