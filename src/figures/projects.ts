// Named projects (…项目, …基地, …产业园) with their stage and investment.
import type { Project } from '../types.js';
import type { FigureContext } from './index.js';
import type { NumberToken } from './numbers.js';
import type { ArticleText } from './text.js';

export interface ProjectContext {
  ctx: FigureContext;
  text: ArticleText;
  tokens: readonly NumberToken[];
}

export function readProjects(_p: ProjectContext): Project[] {
  return [];
}
