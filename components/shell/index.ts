export { ConsoleShell, type ConsoleShellProps } from "./ConsoleShell";
export { PortalShell, type PortalNavItem, type PortalShellProps } from "./PortalShell";
export { PlatformShell, type PlatformShellProps } from "./PlatformShell";
export type { NavItem } from "./NavList";
