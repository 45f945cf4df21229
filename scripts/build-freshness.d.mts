export interface BuildFiles {
  inputs: string[];
  outputs: string[];
}
export const NODE_BUILD: BuildFiles;
export const RENDERER_BUILD: BuildFiles;
export function isBuildCurrent(build: BuildFiles, root?: string): boolean;
