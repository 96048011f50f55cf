import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../../../../ui/states';

const RcaPanel = lazy(() => import('./rca-panel'));

/** The root-cause analysis editor, fetched the first time a postmortem is shown. */
export function LazyRcaPanel(props: ComponentProps<typeof RcaPanel>) {
  return (
    <Suspense fallback={<Loading what="the root-cause analysis" />}>
      <RcaPanel {...props} />
    </Suspense>
  );
}
