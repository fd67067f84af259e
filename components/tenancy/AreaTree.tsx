import type { AreaNode } from "@/lib/modules/tenancy/client";

/** District → street/township → community/village, as nested lists (readable by screen readers as a tree). */
export function AreaTree({ nodes, levelLabel }: { nodes: AreaNode[]; levelLabel: (level: string) => string }) {
  return (
    <ul className="space-y-1 pl-4 first:pl-0">
      {nodes.map((n) => (
        <li key={n.id}>
          <span className="font-medium">{n.name}</span>{" "}
          <span className="text-xs text-stone-600">{levelLabel(n.level)}</span>
          {n.children.length > 0 && <AreaTree nodes={n.children} levelLabel={levelLabel} />}
        </li>
      ))}
    </ul>
  );
}
