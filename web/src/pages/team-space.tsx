import { CelebrationsCard } from '../components/team/celebrations-card';
import { CoffeeCard } from '../components/team/coffee-card';
import { WaterCoolerCard } from '../components/team/water-cooler';
import { WelcomesCard } from '../components/team/welcomes-card';
import { WorkspaceFrame } from '../components/team/workspace-frame';

/** A workspace's home: the user's coffee pairing, the water cooler, welcomes, celebrations. */
export function TeamSpacePage({ params }: { params: Record<string, string> }) {
  return (
    <WorkspaceFrame id={params.id ?? ''} section="Coffee">
      {(workspace) => (
        <>
          <CoffeeCard workspace={workspace} />
          <WelcomesCard workspaceId={workspace.id} />
          <WaterCoolerCard workspaceId={workspace.id} />
          <CelebrationsCard workspaceId={workspace.id} />
        </>
      )}
    </WorkspaceFrame>
  );
}
