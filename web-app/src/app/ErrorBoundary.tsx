import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageMessage } from '../ui/FullPageMessage';

function Fallback({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <FullPageMessage
      title={t('crash.title')}
      body={t('crash.body')}
      detail={error.message}
      action={{ label: t('crash.reload'), onClick: () => window.location.reload() }}
    />
  );
}

/** An unexpected error in a page shows a readable page instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error in the page', error, info.componentStack);
  }

  render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}
