/** What a page gives the shell (main.ts) to show: its title and its content. */
export interface PageView {
  title: string;
  view: Node;
}
