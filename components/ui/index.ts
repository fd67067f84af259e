// Shared UI primitives. None of them carries its own text: every word comes in through props
// so that all UI text stays in messages/.
export { cx } from "./cx";
export { Button, buttonClasses, type ButtonProps, type ButtonSize, type ButtonVariant } from "./Button";
export { Input, type InputProps } from "./Input";
export { Textarea, type TextareaProps } from "./Textarea";
export { Select, type SelectProps } from "./Select";
export { Checkbox, type CheckboxProps } from "./Checkbox";
export { Label, type LabelProps } from "./Label";
export { Field, type FieldControlProps, type FieldProps } from "./Field";
export { FilterSelect, type FilterSelectProps } from "./FilterSelect";
export { Card, CardBody, CardHeader, CardTitle, type CardProps, type CardTitleProps } from "./Card";
export { Table, TBody, Td, Th, THead, Tr, type TableProps } from "./Table";
export { Badge, type BadgeProps, type BadgeTone } from "./Badge";
export { Alert, type AlertProps, type AlertTone } from "./Alert";
export { PageHeader, type PageHeaderProps } from "./PageHeader";
export { EmptyState, type EmptyStateProps } from "./EmptyState";
export { Pagination, type PaginationLabels, type PaginationProps } from "./Pagination";
export { FactList, type Fact } from "./FactList";
