"""Pure domain model of a JICPA inspection: agencies, principles, grades, answer types, form shapes."""
