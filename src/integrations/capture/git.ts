// PLACEHOLDER (being built on branch cap-git): commits from local repositories.
import type { GitClient } from '../../app/ports/capture';

export const gitClient: GitClient = {
  commits: async () => {
    throw new Error('Git sources are not available yet');
  },
};
